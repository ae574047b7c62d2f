BRIEFINGS_SEARCH_WORDS("jih",{
"jihadist":"7j",
"jihadiste":"4,1b",
"jihadistes":"1,1e,4n,y,6,5,7;62"
});
