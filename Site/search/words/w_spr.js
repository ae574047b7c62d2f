BRIEFINGS_SEARCH_WORDS("spr",{
"spring":"1,2w,3w,t;7m"
});
