BRIEFINGS_SEARCH_WORDS("raj",{
"rajma":"2"
});
