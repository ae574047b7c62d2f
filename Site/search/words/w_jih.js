BRIEFINGS_SEARCH_WORDS("jih",{
"jihadist":"85",
"jihadiste":"4,1b",
"jihadistes":"1,1e,59,y,6,5,7;6o"
});
