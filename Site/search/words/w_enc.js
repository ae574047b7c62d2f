BRIEFINGS_SEARCH_WORDS("enc",{
"encercles":"37,2,49",
"encircling":"7u",
"encore":"7q",
"encourages":"7b,6,2",
"encouraging":"7g"
});
