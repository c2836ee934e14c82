window.YTD.account.part0 = [
  {
    "account": {
      "username": "me",
      "email": "PRIVATE-MESSAGE-SECRET-b7c4"
    }
  }
]