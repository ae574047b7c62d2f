BRIEFINGS_SEARCH_WORDS("due",{
"due":"83"
});
