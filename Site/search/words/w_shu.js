BRIEFINGS_SEARCH_WORDS("shu",{
"shughur":"1",
"shut":"7m",
"shuttling":"7i"
});
