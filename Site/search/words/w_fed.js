BRIEFINGS_SEARCH_WORDS("fed",{
"federale":"f",
"federation":"2m,j"
});
