BRIEFINGS_SEARCH_WORDS("shu",{
"shughur":"1",
"shut":"87",
"shuttling":"83"
});
