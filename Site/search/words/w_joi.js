BRIEFINGS_SEARCH_WORDS("joi",{
"joint":"2,o,4x,1n,8;5n"
});
