BRIEFINGS_SEARCH_WORDS("spr",{
"spring":"1,2x,46,s;7w"
});
