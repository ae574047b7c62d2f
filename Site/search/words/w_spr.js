BRIEFINGS_SEARCH_WORDS("spr",{
"spring":"1,2w,3l,s;7a"
});
