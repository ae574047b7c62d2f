BRIEFINGS_SEARCH_WORDS("how",{
"how":"5s,14,p,4",
"howitzers":"7m"
});
