BRIEFINGS_SEARCH_WORDS("spr",{
"spring":"1,2x,3k,s;7a"
});
