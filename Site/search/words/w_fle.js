BRIEFINGS_SEARCH_WORDS("fle",{
"fled":"5t,1v;5t"
});
