BRIEFINGS_SEARCH_WORDS("enc",{
"encercles":"37,2,41",
"encircling":"7m",
"encore":"7i",
"encourages":"73,6,2",
"encouraging":"78"
});
