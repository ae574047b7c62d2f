BRIEFINGS_SEARCH_WORDS("spr",{
"spring":"1,2x,3l,s;7b"
});
