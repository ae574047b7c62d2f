BRIEFINGS_SEARCH_WORDS("joi",{
"joint":"2,o,51,1w,8;5r"
});
