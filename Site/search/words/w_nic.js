BRIEFINGS_SEARCH_WORDS("nic",{
"nicosia":"p",
"nicosie":"p"
});
