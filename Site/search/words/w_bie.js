BRIEFINGS_SEARCH_WORDS("bie",{
"bien":"3v,2",
"bientot":"78,m"
});
