BRIEFINGS_SEARCH_WORDS("spr",{
"spring":"1,2w,3w,u;7n"
});
