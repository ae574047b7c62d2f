BRIEFINGS_SEARCH_WORDS("joi",{
"joint":"2,o,50,1u,8;5q"
});
