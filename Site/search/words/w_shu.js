BRIEFINGS_SEARCH_WORDS("shu",{
"shughur":"1",
"shut":"7x",
"shuttling":"7t"
});
