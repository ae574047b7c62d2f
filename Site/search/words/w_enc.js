BRIEFINGS_SEARCH_WORDS("enc",{
"encercles":"37,2,4c",
"encircling":"7x",
"encore":"7t",
"encourages":"7e,6,2",
"encouraging":"7j"
});
