window.YTD.tweets.part0 = [
  {
    "tweet": {
      "id_str": "1850000000000000001",
      "id": "1850000000000000001",
      "created_at": "Mon Nov 02 09:00:00 +0000 2026",
      "full_text": "RT @adrienne_ex: POST-TEXT-SECRET-5d1e a thread",
      "retweeted": false,
      "favorited": false,
      "lang": "en",
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "in_reply_to_status_id_str": null,
      "in_reply_to_status_id": null,
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "adrienne_ex",
            "screen_name": "adrienne_ex",
            "indices": [
              "0",
              "10"
            ],
            "id_str": "1",
            "id": "1"
          }
        ],
        "urls": []
      }
    }
  },
  {
    "tweet": {
      "id_str": "1850000000000000002",
      "id": "1850000000000000002",
      "created_at": "Tue Nov 03 09:00:00 +0000 2026",
      "full_text": "Thanks @bo_connects POST-TEXT-SECRET-5d1e",
      "retweeted": false,
      "favorited": false,
      "lang": "en",
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "in_reply_to_status_id_str": null,
      "in_reply_to_status_id": null,
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "bo_connects",
            "screen_name": "bo_connects",
            "indices": [
              "0",
              "10"
            ],
            "id_str": "1",
            "id": "1"
          }
        ],
        "urls": []
      }
    }
  },
  {
    "tweet": {
      "id_str": "1850000000000000003",
      "id": "1850000000000000003",
      "created_at": "Wed Nov 04 09:00:00 +0000 2026",
      "full_text": "POST-TEXT-SECRET-5d1e https://t.co/x",
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
            "expanded_url": "https://www.commons.example/events/",
            "display_url": "www.commons.example/events/",
            "indices": [
              "1",
              "2"
            ]
          }
        ]
      }
    }
  },
  {
    "tweet": {
      "id_str": "1850000000000000004",
      "id": "1850000000000000004",
      "created_at": "Thu Nov 05 09:00:00 +0000 2026",
      "full_text": "Read this POST-TEXT-SECRET-5d1e",
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
            "expanded_url": "https://x.com/adrienne_ex/status/1",
            "display_url": "x.com/adrienne_ex/status/1",
            "indices": [
              "1",
              "2"
            ]
          }
        ]
      }
    }
  },
  {
    "tweet": {
      "id_str": "1850000000000000005",
      "id": "1850000000000000005",
      "created_at": "Fri Nov 06 09:00:00 +0000 2026",
      "full_text": "My new post POST-TEXT-SECRET-5d1e",
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
            "expanded_url": "https://blog.example/a.html",
            "display_url": "blog.example/a.html",
            "indices": [
              "1",
              "2"
            ]
          }
        ]
      }
    }
  },
  {
    "tweet": {
      "id_str": "1850000000000000006",
      "id": "1850000000000000006",
      "created_at": "Sat Nov 07 09:00:00 +0000 2026",
      "full_text": "@bo_connects yes POST-TEXT-SECRET-5d1e",
      "retweeted": false,
      "favorited": false,
      "lang": "en",
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "in_reply_to_status_id_str": "99",
      "in_reply_to_status_id": "99",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "bo_connects",
            "screen_name": "bo_connects",
            "indices": [
              "0",
              "10"
            ],
            "id_str": "1",
            "id": "1"
          }
        ],
        "urls": []
      }
    }
  },
  {
    "tweet": {
      "id_str": "1850000000000000007",
      "id": "1850000000000000007",
      "created_at": "Sun Nov 08 09:00:00 +0000 2026",
      "full_text": "Just a thought POST-TEXT-SECRET-5d1e",
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
        "urls": []
      }
    }
  },
  {
    "tweet": {
      "id_str": "1850000000000000008",
      "id": "1850000000000000008",
      "created_at": "Mon Nov 09 09:00:00 +0000 2026",
      "full_text": "POST-TEXT-SECRET-5d1e someone else's",
      "retweeted": true,
      "favorited": false,
      "lang": "en",
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "in_reply_to_status_id_str": null,
      "in_reply_to_status_id": null,
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      }
    }
  }
]