BRIEFINGS_SEARCH_WORDS("jih",{
"jihadist":"7u",
"jihadiste":"4,1b",
"jihadistes":"1,1e,4u,12,6,5,7;69"
});
