BRIEFINGS_SEARCH_WORDS("joi",{
"joint":"2,o,4t,1r,8;5j"
});
