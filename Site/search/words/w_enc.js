BRIEFINGS_SEARCH_WORDS("enc",{
"encercles":"37,2,4a",
"encircling":"7v",
"encore":"7r",
"encourages":"7c,6,2",
"encouraging":"7h"
});
