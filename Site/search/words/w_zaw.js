BRIEFINGS_SEARCH_WORDS("zaw",{
"zawiya":"1,36,44"
});
