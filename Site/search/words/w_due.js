BRIEFINGS_SEARCH_WORDS("due",{
"due":"44,3q;44"
});
