BRIEFINGS_SEARCH_WORDS("ong",{
"ong":"23,b,3g,1e,5;5u"
});
