BRIEFINGS_SEARCH_WORDS("how",{
"how":"5s,15,q,4",
"howitzers":"7o"
});
