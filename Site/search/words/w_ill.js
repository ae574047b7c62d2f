BRIEFINGS_SEARCH_WORDS("ill",{
"illegally":"6p,w;6p",
"illicit":"7g"
});
