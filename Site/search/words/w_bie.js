BRIEFINGS_SEARCH_WORDS("bie",{
"bien":"38,2",
"bientot":"6n,l"
});
