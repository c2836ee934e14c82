window.YTD.tweets.part1 = [
  {
    "tweet": {
      "id_str": "1850000000000000009",
      "id": "1850000000000000009",
      "created_at": "Tue Nov 10 09:00:00 +0000 2026",
      "full_text": "POST-TEXT-SECRET-5d1e",
      "retweeted": false,
      "favorited": false,
      "lang": "en",
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "in_reply_to_status_id_str": null,
      "in_reply_to_status_id": null,
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": [
          {
            "url": "https://t.co/x",
            "expanded_url": "https://blog.example/b.html",
            "display_url": "blog.example/b.html",
            "indices": [
              "1",
              "2"
            ]
          }
        ]
      }
    }
  }
]