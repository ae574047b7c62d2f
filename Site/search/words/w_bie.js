BRIEFINGS_SEARCH_WORDS("bie",{
"bien":"39,2",
"bientot":"6m,m"
});
