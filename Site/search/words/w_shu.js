BRIEFINGS_SEARCH_WORDS("shu",{
"shughur":"1",
"shut":"7w",
"shuttling":"7s"
});
