BRIEFINGS_SEARCH_WORDS("spr",{
"spring":"1,2w,3n,t;7d"
});
