BRIEFINGS_SEARCH_WORDS("enc",{
"encercles":"37,2,3z",
"encircling":"7k",
"encore":"7g",
"encourages":"71,6,2",
"encouraging":"76"
});
