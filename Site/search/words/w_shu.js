BRIEFINGS_SEARCH_WORDS("shu",{
"shughur":"1",
"shut":"7y",
"shuttling":"7u"
});
