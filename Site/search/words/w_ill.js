BRIEFINGS_SEARCH_WORDS("ill",{
"illegally":"6r,x;6r",
"illicit":"7j"
});
