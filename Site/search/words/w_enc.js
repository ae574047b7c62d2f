BRIEFINGS_SEARCH_WORDS("enc",{
"encercles":"37,2,4b",
"encircling":"7w",
"encore":"7s",
"encourages":"7c,7,2;7c",
"encouraging":"7i"
});
