BRIEFINGS_SEARCH_WORDS("mun",{
"munich":"1g,1c,2d,9,1,t,1c,5,1;5e,u"
});
