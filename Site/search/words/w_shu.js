BRIEFINGS_SEARCH_WORDS("shu",{
"shughur":"1",
"shut":"7z",
"shuttling":"7v"
});
