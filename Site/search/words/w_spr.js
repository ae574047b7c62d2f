BRIEFINGS_SEARCH_WORDS("spr",{
"spring":"1,2w,3v,t;7l"
});
