BRIEFINGS_SEARCH_WORDS("shu",{
"shughur":"1",
"shut":"7o",
"shuttling":"7k"
});
