BRIEFINGS_SEARCH_WORDS("spr",{
"spring":"1,2w,3x,u;7o"
});
