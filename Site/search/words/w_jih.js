BRIEFINGS_SEARCH_WORDS("jih",{
"jihadist":"7x",
"jihadiste":"4,1b",
"jihadistes":"1,1e,4w,13,6,5,7;6b"
});
