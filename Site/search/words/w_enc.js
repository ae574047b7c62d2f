BRIEFINGS_SEARCH_WORDS("enc",{
"encercles":"38,2,3y",
"encircling":"7k",
"encore":"7g",
"encourages":"71,6,2",
"encouraging":"76"
});
