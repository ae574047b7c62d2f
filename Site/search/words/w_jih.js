BRIEFINGS_SEARCH_WORDS("jih",{
"jihadist":"7k",
"jihadiste":"4,1b",
"jihadistes":"1,1e,4o,y,6,5,7;63"
});
