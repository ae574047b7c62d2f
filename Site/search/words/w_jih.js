BRIEFINGS_SEARCH_WORDS("jih",{
"jihadist":"7m",
"jihadiste":"4,1b",
"jihadistes":"1,1e,4n,11,6,5,7;62"
});
