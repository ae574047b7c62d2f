BRIEFINGS_SEARCH_WORDS("wil",{
"will":"7q,1,c;7q",
"williams":"1z,u,14,1z,1v,4,5;2t,33"
});
