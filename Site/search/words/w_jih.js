BRIEFINGS_SEARCH_WORDS("jih",{
"jihadist":"7v",
"jihadiste":"4,1b",
"jihadistes":"1,1e,4v,12,6,5,7;6a"
});
