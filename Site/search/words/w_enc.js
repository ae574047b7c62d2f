BRIEFINGS_SEARCH_WORDS("enc",{
"encercles":"3u,2,3x",
"encircling":"85",
"encore":"81",
"encourages":"7m,6,2",
"encouraging":"7r"
});
